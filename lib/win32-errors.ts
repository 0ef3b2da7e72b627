/**
 * Names of the Win32 error codes agents meet most in onboarding and installation logs (winerror.h), in
 * French, for the decoder: `0x80070005` is FACILITY_WIN32 carrying 5, « Accès refusé ». Only codes whose
 * meaning is stable across Windows versions; the others show their number alone.
 */
export const WIN32_ERRORS: Readonly<Record<number, { name: string; label: string }>> = {
  2: { name: 'ERROR_FILE_NOT_FOUND', label: 'Fichier introuvable' },
  3: { name: 'ERROR_PATH_NOT_FOUND', label: 'Chemin d’accès introuvable' },
  5: { name: 'ERROR_ACCESS_DENIED', label: 'Accès refusé' },
  6: { name: 'ERROR_INVALID_HANDLE', label: 'Handle non valide' },
  8: { name: 'ERROR_NOT_ENOUGH_MEMORY', label: 'Mémoire insuffisante' },
  13: { name: 'ERROR_INVALID_DATA', label: 'Données non valides' },
  32: { name: 'ERROR_SHARING_VIOLATION', label: 'Fichier utilisé par un autre processus' },
  87: { name: 'ERROR_INVALID_PARAMETER', label: 'Paramètre incorrect' },
  112: { name: 'ERROR_DISK_FULL', label: 'Espace disque insuffisant' },
  1053: { name: 'ERROR_SERVICE_REQUEST_TIMEOUT', label: 'Le service n’a pas répondu à temps' },
  1058: { name: 'ERROR_SERVICE_DISABLED', label: 'Service désactivé' },
  1060: { name: 'ERROR_SERVICE_DOES_NOT_EXIST', label: 'Le service n’existe pas' },
  1067: { name: 'ERROR_PROCESS_ABORTED', label: 'Le processus s’est arrêté de façon inattendue' },
  1223: { name: 'ERROR_CANCELLED', label: 'Opération annulée par l’utilisateur' },
  1326: { name: 'ERROR_LOGON_FAILURE', label: 'Nom d’utilisateur ou mot de passe incorrect' },
  1602: { name: 'ERROR_INSTALL_USEREXIT', label: 'Installation annulée par l’utilisateur' },
  1603: { name: 'ERROR_INSTALL_FAILURE', label: 'Erreur irrécupérable pendant l’installation' },
  1618: { name: 'ERROR_INSTALL_ALREADY_RUNNING', label: 'Une autre installation est en cours' },
  1619: { name: 'ERROR_INSTALL_PACKAGE_OPEN_FAILED', label: 'Le package d’installation n’a pas pu être ouvert' },
  1638: { name: 'ERROR_PRODUCT_VERSION', label: 'Une autre version du produit est déjà installée' },
  1641: { name: 'ERROR_SUCCESS_REBOOT_INITIATED', label: 'Installation réussie, redémarrage lancé' },
  1722: { name: 'RPC_S_SERVER_UNAVAILABLE', label: 'Serveur RPC non disponible' },
  3010: { name: 'ERROR_SUCCESS_REBOOT_REQUIRED', label: 'Installation réussie, redémarrage nécessaire' },
};
