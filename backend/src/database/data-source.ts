/** The DataSource of the migration CLI (`npm run migration:run|revert`); the embedded database is started when DATABASE_URL is unset. */
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './database-options.js';
import { DatabaseEndpoint } from './database-endpoint.js';

const endpoint = await DatabaseEndpoint.open(loadConfig());
const dataSource = new DataSource(buildDataSourceOptions(endpoint.url, endpoint.embedded));
const destroy = dataSource.destroy.bind(dataSource);
dataSource.destroy = async () => {
  await destroy();
  await endpoint.close();
};
export default dataSource;
