import type { complianceNl } from './compliance.nl';

/** English messages for compliance documents (same keys as compliance.nl.ts). */
export const complianceEn: Record<keyof typeof complianceNl, string> = {
  'nav.documents': 'Documents',
  'upload.file': 'File',
  'upload.fileHint': 'PDF, image, Office or OpenDocument file or text, at most {mb} MB.',
  'upload.fileRequired': 'Choose a file.',
  'upload.refusal.title': 'This file was not uploaded',
  'upload.refusal.tooLarge':
    'The file is too large. Make it smaller (as a PDF, for example) and try again.',
  'upload.refusal.tooLargeLimit':
    'The file is larger than {mb} MB. Make it smaller (as a PDF, for example) and try again.',
  'upload.refusal.typeNotAllowed':
    'This kind of file cannot be uploaded. Use a PDF, an image, an Office or OpenDocument file or plain text.',
  'upload.refusal.contentMismatch':
    'The file’s content does not match its name: was the extension changed? Save it again in the right format.',
  'upload.download': 'Download',
  'upload.size': '{size} kB',

  'compliance.company.title': 'Documents',
  'compliance.company.intro':
    'Schools need to know you are insured and that pupils are safe with you. Upload your documents here once: the bureau approves them and every school sees that you are in order.',
  'compliance.required.title': 'What the region asks',
  'compliance.required.intro':
    'Without these approved documents you cannot publish this kind of offer or confirm bookings.',
  'compliance.required.none': 'The region asks for no documents (yet).',
  'compliance.required.for': 'Needed for',
  'compliance.yours.valid': 'In order, valid until {date}',
  'compliance.yours.waiting': 'Awaiting review',
  'compliance.yours.missing': 'Missing',
  'compliance.list.title': 'Your documents',
  'compliance.list.empty': 'You have not uploaded any documents yet.',
  'compliance.validity': 'Valid from {from} until {until}',
  'compliance.subject': 'For: {name}',
  'compliance.uploadedAt': 'Uploaded on {date}',
  'compliance.rejectedBecause': 'Rejected: {reason}',
  'compliance.status.submitted': 'Awaiting review',
  'compliance.status.approved': 'Approved',
  'compliance.status.rejected': 'Rejected',
  'compliance.status.expired': 'Expired',
  'compliance.status.superseded': 'Replaced',
  'compliance.upload.title': 'Upload a document',
  'compliance.upload.intro': 'A new document replaces the old one once the bureau approves it.',
  'compliance.upload.kind': 'Kind of document',
  'compliance.upload.validFrom': 'Valid from',
  'compliance.upload.validUntil': 'Valid until',
  'compliance.upload.subjectName': 'Name of the supervisor',
  'compliance.upload.subjectNameHint': 'Only for a VOG: who the certificate is for.',
  'compliance.upload.submit': 'Upload',
  'compliance.upload.done': '{kind} has been uploaded and awaits review by the bureau.',
  'compliance.upload.untilBeforeFrom': 'The end date is before the start date.',

  'compliance.bureau.title': 'Review documents',
  'compliance.bureau.intro':
    'Companies upload their insurance, VOG, risk assessment and safety instructions once for every school. Look at each document and approve or reject it.',
  'compliance.queue.title': 'Awaiting review ({count})',
  'compliance.queue.empty': 'No documents are awaiting review.',
  'compliance.queue.approve': 'Approve',
  'compliance.queue.reject': 'Reject',
  'compliance.queue.approved': '{kind} of {company} has been approved.',
  'compliance.queue.rejected': '{kind} of {company} has been rejected.',
  'compliance.settings.title': 'Required documents',
  'compliance.settings.intro':
    'Per kind of activity: which approved documents a company needs to publish and confirm bookings.',
  'compliance.settings.readOnly': 'Only a bureau administrator can change this.',
  'compliance.settings.ownKinds': 'The region’s own document kinds',
  'compliance.settings.ownKindsHint':
    'One per line as key: description, e.g. “bhv: First-aid certificate”. The key is lower-case letters and _.',
  'compliance.settings.visibleToSchools': 'Schools may download approved documents themselves',
  'compliance.settings.visibleToSchoolsHint':
    'Otherwise schools only see whether a company is in order, not the documents.',
  'compliance.settings.uploadMaxMb': 'Largest upload (MB)',
  'compliance.settings.saved': 'The document settings have been saved.',
  'compliance.settings.badLine': 'Line {line} is not right: use “key: description”.',

  'compliance.offer.title': 'The company’s documents',
  'compliance.offer.intro':
    'What the region asks for this activity ({type}), checked by the bureau.',
  'compliance.offer.none': 'No documents are required for this activity.',
  'compliance.offer.complete': 'The company has every required document.',
  'compliance.offer.incomplete': 'A required document is missing.',
  'compliance.state.valid': 'Valid until {date}',
  'compliance.state.expiring': 'Expires soon ({date})',
  'compliance.state.missing': 'Missing',
  'compliance.offer.documents': 'Approved documents',
  'compliance.missing.title': 'A required document is missing',
  'compliance.missing.intro': 'The bureau must first approve these documents:',
  'compliance.missing.action': 'To your documents',
};
