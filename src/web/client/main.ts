import { startApp } from './app-shell.js';

void startApp(document.getElementById('app')!);
