// `npm start`: the desktop window arrives with the Electron shell (next milestone).
process.stdout.write(
  'Vireo: the desktop window arrives with the next release. Meanwhile, manage VMs with the CLI:\n' +
    '  npx vireo --help\n',
);
