import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

type Props = { children: ReactNode; resetKey?: string };
type State = { error: Error | null; resetKey?: string };

/** Never a blank screen: a render error shows a calm message instead of unmounting the app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  // Navigating elsewhere clears the error, so one broken page does not lock the whole app.
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18n.t.bind(i18n);
    return (
      <div className="panel error-panel" role="alert">
        <h2>{t('errors.unexpectedTitle')}</h2>
        <p>{t('errors.unexpectedText')}</p>
        <details>
          <summary>{t('errors.details')}</summary>
          <pre>{error.message}</pre>
        </details>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
}
