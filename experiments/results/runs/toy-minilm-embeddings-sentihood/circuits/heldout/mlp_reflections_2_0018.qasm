// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.042402404480672) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 085cef39e5da230184a9ac0198eeed1710629ba6b6a10ec60f2e639c636a0f03
