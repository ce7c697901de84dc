// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.59620120362899) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f57b16b340eb8d4f071e64aff6bf5cc2894b5024333e962848b20e337a02f9a3
