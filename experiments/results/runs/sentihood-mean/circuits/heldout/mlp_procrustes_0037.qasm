// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7040952495928776) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e2fc952a4e09f04583a520f203e4060e3412a0ff258556e4eb9d4ad86a84801a
