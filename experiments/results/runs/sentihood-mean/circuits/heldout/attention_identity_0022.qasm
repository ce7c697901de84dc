// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5360135865625808) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 42d9f2eb86a074bf20d31100d4a2eb3da18238b3bba3d8a3e56f07b0d65fe836
