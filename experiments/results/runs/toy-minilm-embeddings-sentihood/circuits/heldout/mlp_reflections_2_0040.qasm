// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3076946977349497) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b693fdd2a1600390788cfc990f12a34bd67b114aabdcaf1383f0de55c5953cfd
