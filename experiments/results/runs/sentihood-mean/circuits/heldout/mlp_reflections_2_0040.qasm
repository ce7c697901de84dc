// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4192322786141625) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e365e37ae553cf96a08179fa0235aec1f9a9bd3fad39d3be4ac06e976edf2353
