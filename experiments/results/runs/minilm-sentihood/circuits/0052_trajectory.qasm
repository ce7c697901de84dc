// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0306748119959592) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 70f9d90362c8e14e215f3fba34b3a8253b0a937bae7a4da2fe7713d7e856bd36
