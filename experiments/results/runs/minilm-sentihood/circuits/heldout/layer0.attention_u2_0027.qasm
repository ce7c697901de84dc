// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.33632545902454236) q[0];
ry(1.0785488535667624) q[0];
rz(-0.16374797149395048) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9705025ddf00245ff1191d95902945b54f8f171846c62ea0252769aeae2ad596
