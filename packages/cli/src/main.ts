console.log("concord cli", process.argv.slice(2));
