import { codeParagraph, listBlock, type DataTableComponent } from './data-table';

/** `<PortalUrlList />`: the portal addresses to allow (content/tables/portal-urls.json). */
export const portalUrlList: DataTableComponent<'portal-urls'> = {
  name: 'PortalUrlList',
  file: 'portal-urls',
  attributes: {},
  replaces: 'url-list',
  searchText: (data) => [...data.urls],
  ticketBlocks: (data) => [listBlock(data.urls.map(codeParagraph))],
};
