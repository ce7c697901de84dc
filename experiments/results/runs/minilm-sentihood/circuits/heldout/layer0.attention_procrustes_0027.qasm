// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.049985997608157) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 48c94a4b9dd66877212bb9a231afb28c464553bb18eee5f90be598e6424198ee
