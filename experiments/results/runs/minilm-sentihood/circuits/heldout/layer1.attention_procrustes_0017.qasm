// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9081994560543426) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf152d77a6320bf5c47be488cfffc1a9ccbc20c66fbf1af24729fb454cb46985
