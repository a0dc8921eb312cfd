import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core'
import { useId } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
}

/** A modal question with a named confirm button; Escape cancels. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <Modal
      isOpen
      variant="small"
      aria-labelledby={titleId}
      onEscapePress={onCancel}
      className="frame-dialog"
    >
      <ModalHeader title={title} labelId={titleId} />
      <ModalBody>{children}</ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  )
}
