/** Host components under their SDK names, for the host component tests. */
export { Button, LoadingButton } from './buttons';
export * from './content';
export * from './inputs';
export * from './layout';
export * from './overlays';
export * from './table';
export * from './tabs';
export * from './toggle-group';
