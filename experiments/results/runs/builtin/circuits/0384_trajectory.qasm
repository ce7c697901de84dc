// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.25259016960829017) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8f50e94d5410eb914e207b3a5baf518a05ad9b09f04e3c7397d85b55a22386e0
