/** Keeps a rendering bug from leaving a blank pane: the error is shown like any other failure. */
import { Component, type ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";

interface State {
  error: unknown;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return <ErrorMessage error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
