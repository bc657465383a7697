import { commonMessages } from '../../../../shared/messages/common';
import type { TRole } from '../../../../shared/model/organisation';
import { FieldError } from '../../components/field-error';
import { useMessages } from '../../i18n/i18n';
import { assignableRoles } from './user-draft';

type TRoleChoicesProps = {
  id: string;
  legend: string;
  value: readonly TRole[];
  onChange: (roles: TRole[]) => void;
  /** Whether the signed-in user may give (and take) a role; every role when absent. */
  grants?: (role: TRole) => boolean;
  errors: readonly string[];
};

/** The roles a person holds in an agency, one checkbox each, with the problems of the choice. */
export function RoleChoices({ id, legend, value, onChange, grants, errors }: TRoleChoicesProps) {
  const common = useMessages(commonMessages);
  return (
    <fieldset className="field" aria-describedby={`${id}-roles-error`}>
      <legend>{legend}</legend>
      <div className="checkbox-row">
        {assignableRoles.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(role)}
              disabled={grants ? !grants(role) : false}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))
              }
            />{' '}
            {common.roles[role]}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-roles-error`} messages={errors} />
    </fieldset>
  );
}
