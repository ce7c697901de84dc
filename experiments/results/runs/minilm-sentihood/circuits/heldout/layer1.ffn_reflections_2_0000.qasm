// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.535126676644568) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3d77cd6bdde5a85c50befacba956c1687ec9b762f3ebd70bf0c060d75cf74d2
