// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3891266201857533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb3d34be4743b80b483846f008152e3997a46dbe2c9b5f72cb8cea54974e79e6
