import packageJson from '../../package.json' with { type: 'json' };

export const VIREO_VERSION: string = packageJson.version;
