// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5806240462505872) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e9ffda2fa22ff660ce499a875ba56a04531ec8c79e402c55541194461e62b345
