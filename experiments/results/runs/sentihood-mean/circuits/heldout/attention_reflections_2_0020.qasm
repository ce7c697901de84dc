// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5630142074473528) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e207ab5006dc2e2cfa78b0267a4212b85375a9d6b7893b94071e93406388c8fd
