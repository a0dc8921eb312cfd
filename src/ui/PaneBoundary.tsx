import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { Alert, Button } from '@patternfly/react-core'
import { Translation } from 'react-i18next'

interface Props {
  /** a change of any of these (the document text, the selection) tries the pane again */
  resetKeys: readonly unknown[]
  /** the way back the message offers, e.g. "Back to the YAML" */
  back?: { label: string; onClick: () => void }
  children: ReactNode
}

interface State {
  error: Error | null
  keys: readonly unknown[]
}

const changed = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]))

/**
 * Keeps a pane's render error inside the pane: it says it cannot show the document and offers a
 * way back, the rest of the app keeps working. Tried again when the document changes.
 */
export class PaneBoundary extends Component<Props, State> {
  override state: State = { error: null, keys: this.props.resetKeys }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return changed(props.resetKeys, state.keys) ? { error: null, keys: props.resetKeys } : null
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
      <Translation>
        {(t) => (
          <div className="pane-error" role="alert">
            <Alert
              isInline
              variant="danger"
              variantLabel={t('Danger alert:')}
              title={t(
                'This pane could not show the document: {{message}}. The other views still work; it is tried again when the document changes.',
                { message },
              )}
              actionLinks={
                <>
                  {back ? (
                    <Button variant="secondary" size="sm" onClick={back.onClick}>
                      {back.label}
                    </Button>
                  ) : null}
                  <Button variant="link" size="sm" onClick={() => this.setState({ error: null })}>
                    {t('Try again')}
                  </Button>
                </>
              }
            />
          </div>
        )}
      </Translation>
    )
  }
}
