// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.518830938914546) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c7c75a610d7ec3c1cd592662586625ac6977541eaa8facdc8f738263a293d6e9
