// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1965707191142) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39831769ea823c9b6557f70ce000c358c6039d8d8699857aceadfb7391fd618a
