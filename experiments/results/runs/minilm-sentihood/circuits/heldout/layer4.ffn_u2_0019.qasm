// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2187986166020921) q[0];
ry(1.5728295015685658) q[0];
rz(0.00045209294474046757) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98bdb134efbbc8689f1c725670f5cbd63df1e9473e1365a4fa52de67f34677ab
