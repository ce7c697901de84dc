// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0514907689345308) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2fa92c28cd38f50c2b9a9d3e0e925fb12bd40799c47dbe1e8241cf344f12bd81
