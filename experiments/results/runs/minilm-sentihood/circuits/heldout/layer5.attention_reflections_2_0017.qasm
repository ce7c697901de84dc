// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1663344480028617) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b1fe145b4ee608827e4716e5baa2da5f5aa35d9a408768f15b515c83cd83da35
