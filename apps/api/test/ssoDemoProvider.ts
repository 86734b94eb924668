import { startTestProvider } from './oidcProvider';

/**
 * A local OpenID provider to try single sign-on by hand (README, "Single sign-on"): the test
 * provider on a fixed port, with the demo region's coordinators as accounts. Development only.
 */
const port = Number(process.env.SSO_DEMO_PORT ?? 4010);
const webUrl = process.env.WEB_URL ?? 'http://localhost:3000';
const provider = await startTestProvider(`${webUrl}/inloggen/sso/terug`, port);
const accounts = [
  { subject: 'femke', email: 'coordinator@nassau.demo.nl', emailVerified: true },
  { subject: 'joris', email: 'coordinator@vangogh.demo.nl', emailVerified: true },
  { subject: 'onbevestigd', email: 'bureau@demo.stagebureau.nl', emailVerified: false },
  { subject: 'onbekend', email: 'niemand@school.example', emailVerified: true },
];
for (const account of accounts) provider.addAccount(account);

console.log(`OpenID provider at ${provider.issuer} (development only).
Start the app with:
  SSO_PROVIDERS='${provider.configFor('assen-beilen', 'Test-IdP')}' npm start
Then choose "Inloggen met Test-IdP" and log in with any password as one of:
${accounts.map((a) => `  ${a.subject.padEnd(12)} ${a.email}${a.emailVerified ? '' : ' (not verified)'}`).join('\n')}`);

process.on('SIGINT', () => void provider.close().then(() => process.exit(0)));
