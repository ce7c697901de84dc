// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3641652185631337) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75a155a5494e5161f56871e3c354848b329e895a29fcaf9a25648578e16523f9
