/**
 * Host implementations of the @hubspot/ui-extensions remote components, keyed by the names the SDK
 * registers (dist/shared.synced/__generated__/remoteComponents.generated.synced.js), and the
 * @remote-ui/react controller that renders a card's remote tree with them.
 */
import { createController, type RemoteComponentProps } from '@remote-ui/react/host';
import type { ComponentType } from 'react';
import { Button, LoadingButton } from './buttons';
import { DescriptionList, DescriptionListItem, Divider, List, Statistics, StatisticsItem, StatisticsTrend, Tile } from './data-display';
import { Accordion, Tooltip } from './disclosure';
import { Alert, EmptyState, ErrorState, LoadingSpinner, ProgressBar, StepIndicator } from './feedback';
import { Checkbox, Form, Input, SearchInput, Select, TextArea } from './inputs';
import { AutoGrid, Box, ButtonRow, Flex, Inline, Spacer, Stack } from './layout';
import { Icon, Image } from './media';
import { Modal, ModalBody, ModalFooter, Panel, PanelBody, PanelFooter, PanelSection } from './overlays';
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from './table';
import { Tab, Tabs } from './tabs';
import { Heading, Link, StatusTag, Tag, Text } from './text';
import { ToggleGroup } from './toggle-group';

export { OverlayProvider, OverlayStore } from './overlay';

export const hostComponents: Record<string, ComponentType<any>> = {
  Accordion,
  Alert,
  AutoGrid,
  Box,
  Button,
  ButtonRow,
  Checkbox,
  DescriptionList,
  DescriptionListItem,
  Divider,
  EmptyState,
  ErrorState,
  Flex,
  Form,
  Heading,
  Icon,
  Image,
  Inline,
  Input,
  Link,
  List,
  LoadingButton,
  LoadingSpinner,
  Modal,
  ModalBody,
  ModalFooter,
  Panel,
  PanelBody,
  PanelFooter,
  PanelSection,
  ProgressBar,
  SearchInput,
  Select,
  Spacer,
  Stack,
  Statistics,
  StatisticsItem,
  StatisticsTrend,
  StatusTag,
  StepIndicator,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
  Tabs,
  Tag,
  Text,
  TextArea,
  Textarea: TextArea,
  Tile,
  ToggleGroup,
  Tooltip,
};

/** What a card sees for a component the workbench does not draw yet. */
export function Unsupported({ name }: { name: string }) {
  return (
    <div className="hs-unsupported" data-unsupported={name}>
      [Unsupported component: {name}]
    </div>
  );
}

/** The controller for RemoteRenderer: known components as above, anything else as a visible placeholder. */
export function createHostController(components: Record<string, ComponentType<any>> = hostComponents) {
  return createController(components, {
    renderComponent(props: RemoteComponentProps, { renderDefault }) {
      const type = props.component.type;
      if (!Object.prototype.hasOwnProperty.call(components, type)) return <Unsupported key={props.key} name={type} />;
      return renderDefault();
    },
  });
}
