import { useEffect } from 'react';
import { useStore } from './store/store';

export function App() {
  const appInfo = useStore((s) => s.appInfo);
  const startupError = useStore((s) => s.startupError);
  const loadApp = useStore((s) => s.loadApp);

  useEffect(() => {
    void loadApp();
  }, [loadApp]);

  return (
    <div className="app-shell">
      <header className="app-header">
        <h1>Passcode Desk</h1>
        {appInfo && <span className="app-version">v{appInfo.version}</span>}
      </header>
      {appInfo?.mode === 'demo' && (
        <div className="demo-banner" role="status">
          Demo tenant: simulated devices, no real device is touched.
        </div>
      )}
      <main className="app-main">
        {startupError ? <p role="alert">{startupError.message}</p> : <p>{appInfo ? 'Ready.' : 'Loading…'}</p>}
      </main>
    </div>
  );
}
