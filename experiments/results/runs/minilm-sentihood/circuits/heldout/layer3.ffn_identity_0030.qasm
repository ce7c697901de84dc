// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9909162447851843) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2126fa90b622c0a8681e9b752f4c08125630812cf1d281a80ea627aa43fa8dac
