import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'

interface Props {
  /** a change of this value (the document text, the selection) tries the pane again */
  resetKey: unknown
  /** the way back the message offers, e.g. "Back to the YAML" */
  back?: { label: string; onClick: () => void }
  children: ReactNode
}

interface State {
  error: Error | null
  key: unknown
}

/**
 * Keeps a pane's render error inside the pane: it says it cannot show the document and offers a
 * way back, the rest of the app keeps working. Tried again when the document changes.
 */
export class PaneBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('a pane could not render', error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    const { back } = this.props
    const message = error.message.slice(0, 300) || error.name
    return (
      <div className="banner pane-error" role="alert">
        <p>
          This pane could not show the document: {message}. The other views still work; it is tried
          again when the document changes.
        </p>
        {back ? (
          <button type="button" onClick={back.onClick}>
            {back.label}
          </button>
        ) : null}
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}
