// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2971184574233052) q[0];
ry(2.3064396045019584) q[0];
rz(0.20264733205519425) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ff512e9ccb3b990e3d174be8513f6d1bdbc94e098ceeb5ad87fc2383cde2cbe3
