// The electron project runs only where the binary is installed (see scripts/electron-binary.mjs).
export { electronBinary } from '../../scripts/electron-binary.mjs';
