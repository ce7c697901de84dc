// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.67140265143749) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b236996a8550563cd16274564336a95756ee2343e82dc932b4917417fce9a529
