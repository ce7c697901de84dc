// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4737081055923369) q[0];
ry(0.6912955049018293) q[0];
rz(-0.376143802250243) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15bfe100d921d054a72f122f36547cb8e830c3781bf948a0c9872b689c02db7a
