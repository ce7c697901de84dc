// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6086054700339774) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 82a8ce52d4105ef92a83aec9a08bfab9ca9c0c21e036269608fb41d710a9daef
