/** Host components under their SDK names, for the host component tests. */
export { Button, LoadingButton } from './buttons';
export * from './data-display';
export * from './disclosure';
export * from './feedback';
export * from './inputs';
export * from './layout';
export * from './media';
export * from './overlays';
export * from './table';
export * from './tabs';
export * from './text';
export * from './toggle-group';
