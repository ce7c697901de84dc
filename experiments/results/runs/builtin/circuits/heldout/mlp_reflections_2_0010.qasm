// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1223338439197432) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d4172c9de1ef13087517d398dc20e2ad286a047c026f441e97e318062064565
