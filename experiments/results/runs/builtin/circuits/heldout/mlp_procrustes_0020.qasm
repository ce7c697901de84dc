// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.327925028716463) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4f3856d5bfdf7e72641e0afd3b484afb693bd638462f4231d8b3f2b5cbaae353
