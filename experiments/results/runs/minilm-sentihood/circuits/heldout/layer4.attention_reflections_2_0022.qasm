// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9424316043916376) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f7c891b278ed3684e1c8af333db1ed0bda9419e1f98adcd13e385cdeea36e22
