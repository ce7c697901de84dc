// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2589872286351551) q[0];
ry(1.9878185754063142) q[0];
rz(0.10690107440774765) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 81f5204e7c476670e5ddabe57b294245358b708814a94a75ffb4e91255672ca5
