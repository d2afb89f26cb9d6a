/**
 * `npm run bench`: every benchmark prints its figures next to a ceiling or baseline measured in the
 * same run, as ratios (absolute numbers on a shared machine swing 2-3x from minute to minute).
 */
import { benchApi } from './api.js';
import { benchCampaigns } from './campaigns.js';
import { benchDeadlines } from './deadlines.js';
import { benchDocuments } from './documents.js';
import { benchOcr } from './ocr.js';
import { benchOutbound } from './outbound.js';
import { benchPages } from './pages.js';
import { benchProcesses } from './processes.js';
import { benchReminders } from './reminders.js';

const only = process.argv[2];
console.log(`node ${process.version}; ${new Date().toISOString()}`);
if (!only || only === 'deadlines') benchDeadlines();
if (!only || only === 'api') await benchApi();
if (!only || only === 'reminders') await benchReminders();
if (!only || only === 'documents') await benchDocuments();
if (!only || only === 'ocr') await benchOcr();
if (!only || only === 'pages') await benchPages();
if (!only || only === 'processes') await benchProcesses();
if (!only || only === 'outbound') await benchOutbound();
if (!only || only === 'campaigns') await benchCampaigns();
process.exit(0);
