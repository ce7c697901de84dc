// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3911395451761988) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 67d4511962cc554efb394bd41b53ec40fef53c9ebab143ea36e5fcc6ccbb113f
