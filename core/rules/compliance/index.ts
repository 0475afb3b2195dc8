// The compliance rules, sorted by id. Every rule file is listed here by hand: no globbing.
import missingListUnsubscribe from './missing-list-unsubscribe.ts';
import missingPostalAddress from './missing-postal-address.ts';
import missingUnsubscribe from './missing-unsubscribe.ts';
import removeOptOut from './remove-opt-out.ts';
import senderIdentity from './sender-identity.ts';

export default [missingListUnsubscribe, missingPostalAddress, missingUnsubscribe, removeOptOut, senderIdentity];
