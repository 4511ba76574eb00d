import { startSimulator } from './server';

// `npm run simulator -- --port 8080`: the local dialer and demo CRM, for a person to browse.
const portArg = process.argv.indexOf('--port');
const port =
  portArg >= 0 ? Number(process.argv[portArg + 1]) : Number(process.env.SIM_PORT ?? 8080);

const sim = await startSimulator({ port });
console.log(`Dialer simulator: ${sim.dialerOrigin}/dialer/elision_api.php`);
console.log(`Stock VICIdial:   ${sim.dialerOrigin}/vicidial/non_agent_api.php`);
console.log(`Widget page:      ${sim.dialerOrigin}/widget/`);
console.log(`Demo CRM:         ${sim.crmOrigin}/crm/`);
const stop = () => sim.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
